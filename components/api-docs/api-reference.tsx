import type { OpenApiDocument } from '@/lib/contract/openapi';
import styles from './api-reference.module.css';

type Schema = { type?: string | string[]; enum?: unknown[]; pattern?: string; format?: string; description?: string; $ref?: string; const?: unknown; items?: Schema; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; oneOf?: Schema[]; prefixItems?: Schema[]; additionalProperties?: Schema | boolean; minimum?: number; maximum?: number };
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema; example?: string };
type Operation = { operationId: string; summary: string; description?: string; tags: string[]; parameters: Parameter[]; responses: Record<string, { description: string; content?: Record<string, { schema: Schema; example?: unknown }> }> };

const refName = (ref: string) => ref.split('/').at(-1)!;

/** A schema in a few words: its type, the values it allows, a link to a named schema. */
function SchemaType({ schema }: { schema: Schema }) {
  if (schema.$ref) return <a href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>;
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) return <>{schema.enum.map((v, i) => <span key={String(v)}>{i > 0 && ' | '}<code>{JSON.stringify(v)}</code></span>)}</>;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return <>{union.map((s, i) => <span key={i}>{i > 0 && ' or '}<SchemaType schema={s} /></span>)}</>;
  if (schema.prefixItems) return <>[{schema.prefixItems.map((s, i) => <span key={i}>{i > 0 && ', '}<SchemaType schema={s} /></span>)}]</>;
  if (schema.items) return <>array of <SchemaType schema={schema.items} /></>;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type ?? 'any';
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` ${schema.minimum ?? '…'} to ${schema.maximum ?? '…'}` : '';
  return <>{type}{range}{schema.pattern && <> matching <code>{schema.pattern}</code></>}{schema.format && <> ({schema.format})</>}</>;
}

function OperationSection({ path, op }: { path: string; op: Operation }) {
  const query = op.parameters.filter((p) => p.in === 'query').map((p) => `${p.name}=${encodeURIComponent(p.example ?? '')}`);
  let sample = path;
  for (const p of op.parameters.filter((p) => p.in === 'path')) sample = sample.replace(`{${p.name}}`, p.example ?? '');
  return (
    <section className={styles.operation} id={op.operationId} aria-labelledby={`${op.operationId}-h`}>
      <h3 id={`${op.operationId}-h`}>
        <span className={styles.method}>GET</span> <code>{path}</code>
      </h3>
      <p>{op.summary}</p>
      {op.description && <p className={styles.soft}>{op.description}</p>}
      {op.parameters.length > 0 && (
        <table className={styles.table}>
          <caption>Parameters</caption>
          <thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">type</th><th scope="col">meaning</th><th scope="col">example</th></tr></thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <th scope="row"><code>{p.name}</code>{p.required && <span className={styles.required}> required</span>}</th>
                <td>{p.in}</td>
                <td><SchemaType schema={p.schema} /></td>
                <td>{p.description}</td>
                <td><code>{p.example}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className={styles.table}>
        <caption>Responses</caption>
        <thead><tr><th scope="col">status</th><th scope="col">meaning</th><th scope="col">body</th></tr></thead>
        <tbody>
          {Object.entries(op.responses).map(([status, r]) => (
            <tr key={status}>
              <th scope="row">{status}</th>
              <td>{r.description}</td>
              <td>{Object.entries(r.content ?? {}).map(([type, c]) => <div key={type}><code>{type}</code>: <SchemaType schema={c.schema} /></div>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Try: <a href={`${sample}${query.length ? `?${query.join('&')}` : ''}`}><code>{`${sample}${query.length ? `?${query.join('&')}` : ''}`}</code></a></p>
      {Object.entries(op.responses['200']?.content ?? {}).map(([type, c]) =>
        c.example === undefined ? null : (
          <details key={type} className={styles.example}>
            <summary>Example answer ({type})</summary>
            <pre>{typeof c.example === 'string' ? c.example : JSON.stringify(c.example, null, 2)}</pre>
          </details>
        ),
      )}
    </section>
  );
}

function SchemaSection({ name, schema }: { name: string; schema: Schema }) {
  const required = new Set(schema.required ?? []);
  return (
    <section className={styles.schema} id={`schema-${name}`} aria-labelledby={`schema-${name}-h`}>
      <h3 id={`schema-${name}-h`}><code>{name}</code></h3>
      {schema.description && <p>{schema.description}</p>}
      {schema.properties ? (
        <table className={styles.table}>
          <thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">meaning</th></tr></thead>
          <tbody>
            {Object.entries(schema.properties).map(([field, s]) => (
              <tr key={field}>
                <th scope="row"><code>{field}</code>{!required.has(field) && <span className={styles.soft}> optional</span>}</th>
                <td><SchemaType schema={s} /></td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p><SchemaType schema={schema} /></p>
      )}
    </section>
  );
}

/** The API reference, read from the OpenAPI document: every route, its parameters, answers and errors, then the schemas. */
export function ApiReference({ doc }: { doc: OpenApiDocument }) {
  const operations = Object.entries(doc.paths).map(([path, item]) => ({ path, op: (item as { get: Operation }).get }));
  return (
    <main className={styles.page}>
      <header>
        <h1>{doc.info.title}</h1>
        <p>{doc.info.description}</p>
        <p>
          The machine-readable description: <a href="/api/openapi.json"><code>/api/openapi.json</code></a> (OpenAPI {doc.openapi}). Point any OpenAPI tool at it to make a client.
        </p>
      </header>
      <nav aria-label="Endpoints" className={styles.toc}>
        <h2>Endpoints</h2>
        {doc.tags.map(({ name }) => (
          <div key={name}>
            <h3>{name}</h3>
            <ul>
              {operations.filter(({ op }) => op.tags.includes(name)).map(({ path, op }) => (
                <li key={path}><a href={`#${op.operationId}`}><code>{path}</code></a>: {op.summary}</li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <h2>Endpoints in detail</h2>
      {operations.map(({ path, op }) => <OperationSection key={path} path={path} op={op} />)}
      <h2>Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => <SchemaSection key={name} name={name} schema={schema as Schema} />)}
    </main>
  );
}
