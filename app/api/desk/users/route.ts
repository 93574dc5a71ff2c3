import { deskJson, deskRoute } from '@/lib/desk/guard';

/** GET /api/desk/users (admin): every desk account and its role. */
export const GET = deskRoute('admin', async (_request, { desk }) => deskJson({ users: await desk.users() }));
