// botocore documentation is HTML; OpenAPI descriptions are CommonMark. The model uses a handful of tags, turned into
// their Markdown forms here; any other tag is dropped and its text kept.
const ENTITIES = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " " };

/** The Markdown form of one botocore `documentation` string (undefined stays undefined). */
export function markdownOf(html) {
  if (html === undefined) {
    return undefined;
  }
  const text = html
    .replace(/\s*<\/?(p|note|important)>\s*/g, "\n\n")
    .replace(/\s*<li>\s*/g, "\n- ")
    .replace(/\s*<\/li>\s*/g, "\n")
    .replace(/\s*<\/?(ul|ol)>\s*/g, "\n\n")
    .replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_, href, label) => `[${label.trim()}](${href})`)
    .replace(/<\/?code>/g, "`")
    .replace(/<\/?(b|strong)>/g, "**")
    .replace(/<\/?(i|em)>/g, "*")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&[a-z#0-9]+;/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n");
  return text.trim();
}
