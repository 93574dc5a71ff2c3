import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

/** GET /api/desk/audit (admin): the newest 200 lines of the audit log. */
export const GET = deskRoute('admin', async (_request, { desk }) => deskJson({ entries: await desk.auditLog() }));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
