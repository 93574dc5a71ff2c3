import { notFound } from '@/lib/api/api-error';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { roleBody } from '@/lib/desk/schemas';
import { otherMethods } from '@/lib/desk/methods';

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/desk/users/{id} (admin): { role } sets an account's role; the change is in the audit log. */
export const PATCH = deskRoute('admin', async (request, { desk, user }, { params }: Context) => {
  const { id } = await params;
  const { role } = await jsonBody(request, roleBody);
  const target = (await desk.users()).find((u) => u.id === id);
  if (!target || !(await desk.setRole(id, role))) throw notFound('no desk account has that id', 'id');
  await desk.audit(user.email, 'role-change', target.email, `${target.role} → ${role}`);
  return deskJson({ id, email: target.email, role });
});

export const { GET, POST, PUT, DELETE } = otherMethods('PATCH');
