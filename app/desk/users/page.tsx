import { DeskNav } from '@/components/desk/desk-nav';
import { InviteForm, RoleSelect } from '@/components/desk/admin-forms';
import { requireDeskRole } from '@/lib/desk/page-session';

/** The admin's page: invitations, roles, and the audit log. */
export default async function UsersPage() {
  const { user, desk } = await requireDeskRole('admin');
  const [users, log] = await Promise.all([desk.users(), desk.auditLog(100)]);
  return (
    <main className="desk-main">
      <DeskNav user={user} />
      <h1>People and audit log</h1>
      <InviteForm />
      <section aria-labelledby="people">
        <h2 id="people">People</h2>
        <ul className="draft-list">
          {users.map((u) => (
            <li key={u.id}>{u.id === user.id ? `${u.email} (${u.role}, you)` : <RoleSelect id={u.id} email={u.email} role={u.role} />}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="audit">
        <h2 id="audit">Audit log (newest first)</h2>
        <table className="audit-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">About</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {log.map((e, i) => (
              <tr key={i}>
                <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.subject}</td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
