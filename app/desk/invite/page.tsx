import { InviteAcceptForm } from '@/components/desk/invite-accept-form';
import { inviteFor } from '@/lib/desk/invites';
import { getStore } from '@/lib/store';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An invitation link: choose a name and a password. */
export default async function InvitePage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const invite = typeof token === 'string' && token.length <= 100 ? await inviteFor(await getStore(), token) : null;
  return (
    <main className="desk-main">
      {invite && typeof token === 'string' ? (
        <InviteAcceptForm token={token} email={invite.email} role={invite.role} />
      ) : (
        <>
          <h1>This invitation cannot be used</h1>
          <p>It is unknown, used already or expired: ask an admin of the desk for a new one.</p>
        </>
      )}
    </main>
  );
}
