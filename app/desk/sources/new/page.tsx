import { DeskNav } from '@/components/desk/desk-nav';
import { SourceForm } from '@/components/desk/source-form';
import { requireDeskRole } from '@/lib/desk/page-session';

/** A new source, its text pasted in. */
export default async function NewSourcePage() {
  const { user } = await requireDeskRole('contributor');
  return (
    <main className="desk-main">
      <DeskNav user={user} />
      <SourceForm />
    </main>
  );
}
