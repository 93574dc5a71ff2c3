import { writeFileSync } from 'node:fs';
import type { Reject } from './errors';
import type { ImportReport } from './run-import';
import { grouped } from './text';

/** A reject's reason without the row's own value, so that like rejects group: `latitude: is not between -90 and 90`. */
export function reasonKind(r: Reject): string {
  const general = r.reason
    .replace(/^("[^"]*"|\S+) (is|are|gives|has) /, '$2 ')
    .replace(/\b(row \d+|[A-Za-z_]+\[\d+\])/g, 'another row')
    .replace(/\(and \d+ more rows refused\)/, '');
  return `${r.column ? `${r.column}: ` : ''}${general}`;
}

/** Rejects grouped by reason, most frequent first, each with up to three of its rows. */
export function rejectsByReason(rejects: Reject[]): { reason: string; count: number; rows: string[] }[] {
  const groups = new Map<string, { reason: string; count: number; rows: string[] }>();
  for (const r of rejects) {
    const key = reasonKind(r);
    const g = groups.get(key) ?? { reason: key, count: 0, rows: [] };
    g.count++;
    if (g.rows.length < 3) g.rows.push(r.at);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** The lines a finished import prints: what was read, what the batch holds, and what the store did (or would do). */
export function reportLines(r: ImportReport): string[] {
  const { inserted, updated, unchanged, retracted } = r.result.counts;
  const kinds = Object.entries(r.records).map(([k, n]) => `${grouped(n!)} ${k}`).join(', ');
  const lines = [
    `${r.file} (${r.format}): ${grouped(r.rows)} rows read, ${grouped(r.imported)} imported, ${grouped(r.rejected)} rejected, in ${(r.elapsedMs / 1000).toFixed(1)} s`,
  ];
  if (r.sourceId) lines.push(`  source "${r.sourceId}": the release, with the ${grouped(r.imported)} rows archived as its text`);
  if (kinds) lines.push(`  records: ${kinds}`);
  if (r.events) lines.push(`  events: ${grouped(r.events.inserted)} new, ${grouped(r.events.updated)} updated, ${grouped(r.events.unchanged)} unchanged, ${grouped(retracted)} retracted`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  if (r.rejected) {
    lines.push(`  rejected: ${grouped(r.rejected)} rows`);
    for (const g of rejectsByReason(r.rejects)) lines.push(`    ${grouped(g.count)} × ${g.reason} (${g.rows.join(', ')}${g.count > g.rows.length ? ', …' : ''})`);
  }
  const what = `${grouped(inserted)} new, ${grouped(updated)} updated, ${grouped(unchanged)} unchanged, ${grouped(retracted)} retracted records`;
  if (r.reviewBatch) lines.push(`checked: would write ${what}; kept for review, nothing was published`);
  else if (r.result.dryRun) {
    lines.push(`dry run: would write ${what}${r.rejected ? ` (with --skip-invalid; without it, nothing, as ${grouped(r.rejected)} rows are rejected)` : ''}; nothing was written`);
  } else if (r.result.kinds.length === 0) lines.push(`nothing changed (${what}); the store stays at version ${r.result.version}`);
  else lines.push(`imported: ${what}, in one transaction; the store is at version ${r.result.version} (changed: ${r.result.kinds.join(', ')})`);
  return lines;
}

/** Writes the rejects as CSV (row, column, reason), for fixing the file. */
export function writeRejects(file: string, rejects: Reject[]) {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  writeFileSync(file, ['row,column,reason', ...rejects.map((r) => [r.at, r.column ?? '', r.reason].map(q).join(','))].join('\n') + '\n');
}
