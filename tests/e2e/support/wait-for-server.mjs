/** Waits until a server's /api/places answers, polling every 250 ms; throws after `tries` polls. */
export async function waitForServer(port, what, tries = 1200) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/places`)).ok) return;
    } catch {}
    if (i > tries) throw new Error(`${what} never answered`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
