// npm run desk:admin -- EMAIL: invites the first administrator of the desk (or another one) and
// prints the one-time link that sets the password. The link is shown once; the store keeps its hash.
import { createInvite } from '../lib/desk/invites';
import { email as emailSchema } from '../lib/desk/schemas';
import { backendFromEnv, openStore } from '../lib/store/index';

async function main() {
  const parsed = emailSchema.safeParse(process.argv[2] ?? '');
  if (!parsed.success || process.argv.length > 3) {
    console.error('usage: npm run desk:admin -- EMAIL');
    process.exit(2);
  }
  const store = await openStore(backendFromEnv);
  const { path } = await createInvite(store, parsed.data, 'admin', 'desk:admin (command line)');
  const base = process.env.DESK_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  console.log(`An admin invitation for ${parsed.data}, good for one use within 7 days:\n${new URL(path, base)}`);
  await store.close();
}

main().catch((e) => {
  console.error(`desk:admin failed: ${(e as Error).message}`);
  process.exit(1);
});
