import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

/** GET /api/desk/users (admin): every desk account and its role. */
export const GET = deskRoute('admin', async (_request, { desk }) => deskJson({ users: await desk.users() }));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
