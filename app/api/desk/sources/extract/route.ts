import { articleBody, extractArticle, MAX_ARTICLE_HTML, tooLarge } from '@/lib/desk/article';
import { deskJson, deskRoute, jsonBody } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';

/**
 * POST /api/desk/sources/extract: reads the article out of a saved page (`{ html }`) and answers
 * its text, headline, publisher and date for the editor to check; nothing is archived until the
 * source is then posted to /api/desk/sources. 413 for a page too large, 400 for one with no article.
 */
export const POST = deskRoute('contributor', async (request) => {
  // A JSON string may escape each character of the page once; more than that is refused unread.
  if (Number(request.headers.get('content-length') ?? 0) > 2 * MAX_ARTICLE_HTML + 100) throw tooLarge();
  return deskJson({ article: extractArticle((await jsonBody(request, articleBody)).html) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
