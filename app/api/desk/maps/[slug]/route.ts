import { notFound } from '@/lib/api/api-error';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';
import { mapSettings } from '@/lib/maps/map-settings';
import { deleteMap, mapBySlug, updateMap } from '@/lib/maps/map-store';

type Context = { params: Promise<{ slug: string }> };

/** GET /api/desk/maps/{slug} (admin): one map's settings. */
export const GET = deskRoute('admin', async (_request, { store }, { params }: Context) => {
  const { slug } = await params;
  const map = await mapBySlug(store, slug);
  if (!map) throw notFound(`no map called ${slug}`, 'slug');
  return deskJson({ map });
});

/** PUT /api/desk/maps/{slug} (admin): replaces a map's settings, logged in the audit log. */
export const PUT = deskRoute('admin', async (request, { store, desk, user }, { params }: Context) => {
  const { slug } = await params;
  const map = await jsonBody(request, mapSettings);
  await updateMap(store, slug, map);
  await desk.audit(user.email, 'map-edit', slug, JSON.stringify(map));
  return deskJson({ map });
});

/** DELETE /api/desk/maps/{slug} (admin): deletes a map other than the article's, logged with the settings it had; its URLs then answer 404. */
export const DELETE = deskRoute('admin', async (_request, { store, desk, user }, { params }: Context) => {
  const { slug } = await params;
  const map = await deleteMap(store, slug);
  await desk.audit(user.email, 'map-delete', slug, JSON.stringify(map));
  return deskJson({ deleted: slug });
});

export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
