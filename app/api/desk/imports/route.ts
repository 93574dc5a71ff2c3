import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';
import { importBatches } from '@/lib/import/review-batch';

/** GET /api/desk/imports (editor): the import batches pending review, newest first. */
export const GET = deskRoute('editor', async (_request, { store }) => deskJson({ batches: await importBatches(store) }));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
