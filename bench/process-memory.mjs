import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants (next start forks its server), in MiB. */
export function treeRssMiB(pid) {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      tree.push(...execSync(`ps -o pid= --ppid ${tree[i]}`, { encoding: 'utf8' }).split('\n').map((s) => Number(s.trim())).filter(Boolean));
    } catch {}
  }
  let kb = 0;
  for (const p of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {}
  }
  return kb / 1024;
}
