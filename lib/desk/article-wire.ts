/** What the desk read from a saved page (POST /api/desk/sources/extract), for the editor to check before archiving. */
export type ExtractedArticle = { text: string; title: string; publisher: string; published: string };
