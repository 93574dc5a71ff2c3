import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ImportError } from './errors';

/** A JSON file's items streamed one at a time: where each stands (`Result[4]`) and its parsed value. */
export type JsonItem = { at: string; index: number; value: unknown };

export type JsonItems = { size: number; bytesRead: () => number; items: AsyncIterable<JsonItem> };

/**
 * Streams the objects of one array in a JSON file, never holding more than one of them: the array
 * under the top-level key `key` (`Result` of the UCDP API, `items` of UNHCR's, `features` of a
 * GeoJSON FeatureCollection), or the top-level array when `key` is null. A scanner follows strings
 * and nesting to cut each element's text out of the chunks; JSON.parse reads the element.
 */
export async function jsonItems(file: string, label: string, key: string | null): Promise<JsonItems> {
  const { size } = await stat(file);
  if (size === 0) throw new ImportError(label, 'file', 'is empty');
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let read = 0;
  // The depth of the array's elements: 1 inside a top-level array, 2 inside an array under a top-level key.
  const inside = key === null ? 1 : 2;
  async function* items(): AsyncGenerator<JsonItem> {
    let depth = 0;
    let inString = false;
    let escaped = false;
    let keyBuf = '';
    let lastString = '';
    let keyAtTop = '';
    let inArray = false;
    let sawArray = false;
    let capture: string[] | null = null;
    let captureFrom = 0;
    let index = 0;
    let first = true;
    try {
      for await (const chunk of input as AsyncIterable<string>) {
        read += Buffer.byteLength(chunk);
        let text = chunk;
        if (first) {
          text = text.replace(/^\uFEFF/, '');
          first = false;
          if (!/^\s*[[{]/.test(text)) throw new ImportError(label, 'file', 'is not JSON (it does not start with { or [)');
        }
        captureFrom = 0;
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (inString) {
            const collect = depth === 1 && !inArray;
            if (escaped) escaped = false;
            else if (c === '\\') escaped = true;
            else if (c === '"') {
              inString = false;
              if (collect) lastString = keyBuf;
              continue;
            }
            if (collect) keyBuf += c;
            continue;
          }
          switch (c) {
            case '"':
              inString = true;
              keyBuf = '';
              break;
            case ':':
              if (depth === 1 && !inArray) keyAtTop = lastString;
              break;
            case '{':
            case '[':
              if (inArray && capture === null && depth === inside) {
                if (c === '[') throw new ImportError(label, `${key ?? ''}[${index}]`, 'is an array, not an object');
                capture = [];
                captureFrom = i;
              }
              depth++;
              if (!inArray && c === '[' && depth === inside && (key === null || keyAtTop === key)) inArray = sawArray = true;
              break;
            case '}':
            case ']':
              depth--;
              if (capture !== null && depth === inside) {
                capture.push(text.slice(captureFrom, i + 1));
                const raw = capture.join('');
                capture = null;
                const at = `${key ?? ''}[${index}]`;
                let value: unknown;
                try {
                  value = JSON.parse(raw);
                } catch (e) {
                  throw new ImportError(label, at, `is not valid JSON (${(e as Error).message})`);
                }
                yield { at, index: index++, value };
              } else if (inArray && depth === inside - 1) inArray = false;
              break;
            default:
              if (inArray && capture === null && depth === inside && !/[\s,]/.test(c)) throw new ImportError(label, `${key ?? ''}[${index}]`, 'is not an object');
          }
        }
        if (capture !== null) capture.push(text.slice(captureFrom));
      }
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError(label, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    } finally {
      input.destroy();
    }
    if (depth !== 0 || inString) throw new ImportError(label, 'file', 'ends in the middle of a JSON value (cut short?)');
    if (!sawArray) throw new ImportError(label, 'file', key === null ? 'holds no array' : `has no array under "${key}"`);
  }
  return { size, bytesRead: () => read, items: items() };
}
