import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';
import { mapSettings } from '@/lib/maps/map-settings';
import { createMap, mapList } from '@/lib/maps/map-store';

/** GET /api/desk/maps (admin): every map of the deployment, the article's first. */
export const GET = deskRoute('admin', async (_request, { store }) => deskJson({ maps: await mapList(store) }));

/** POST /api/desk/maps (admin): makes a map; 400 naming the field at fault, 409 when the slug is taken. */
export const POST = deskRoute('admin', async (request, { store, desk, user }) => {
  const map = await jsonBody(request, mapSettings);
  await createMap(store, map);
  await desk.audit(user.email, 'map-create', map.slug, JSON.stringify(map));
  return deskJson({ map }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
