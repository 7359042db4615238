/**
 * Google's structured-data rules for the types this site uses, as a checker of one page's JSON-LD.
 * Required properties from Google Search Central's rich-result documentation (Local business,
 * Article, Breadcrumb, Profile page), checked wherever a node of the type appears, nested or not.
 */

type Node = Record<string, unknown>;

/** schema.org types that are LocalBusiness or one of its subtypes (the ones a clinic might use). */
const LOCAL_BUSINESS_TYPES: ReadonlySet<string> = new Set([
  "LocalBusiness",
  "HealthAndBeautyBusiness",
  "DaySpa",
  "BeautySalon",
  "HealthClub",
  "MedicalBusiness",
  "MedicalClinic",
  "Physician",
  "Physiotherapy",
  "ProfessionalService",
]);

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown) =>
  (typeof value === "string" && value.trim() !== "") || typeof value === "number" || isNode(value);
const typesOf = (node: Node): string[] =>
  [node["@type"]].flat().filter((type): type is string => typeof type === "string");

/** Every node in a JSON-LD value, at any depth. */
function allNodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(allNodes);
  if (!isNode(value)) return [];
  return [value, ...Object.values(value).flatMap(allNodes)];
}

/** A reference to a node defined elsewhere: only an @id. */
const isReference = (node: Node) => Object.keys(node).every((key) => key === "@id");

/** What Google's rules find wrong with one page's JSON-LD, as readable lines (none: it passes). */
export function richResultProblems(jsonLd: unknown): string[] {
  const problems: string[] = [];
  const need = (node: Node, type: string, field: string, ok: boolean) => {
    if (!ok) problems.push(`${type} ${String(node["@id"] ?? node["name"] ?? "")}: ${field} is required`);
  };
  for (const node of allNodes(jsonLd)) {
    if (isReference(node)) continue;
    for (const type of typesOf(node)) {
      if (LOCAL_BUSINESS_TYPES.has(type)) {
        need(node, type, "name", nonEmpty(node["name"]));
        const address = node["address"];
        need(
          node,
          type,
          "address (a PostalAddress with streetAddress, addressLocality and addressCountry)",
          isNode(address) &&
            nonEmpty(address["streetAddress"]) &&
            nonEmpty(address["addressLocality"]) &&
            nonEmpty(address["addressCountry"]),
        );
      }
      if (type === "Article" || type === "NewsArticle" || type === "BlogPosting") {
        for (const field of ["headline", "image", "datePublished", "dateModified"]) {
          need(node, type, field, nonEmpty(node[field]));
        }
        const authors = [node["author"]].flat();
        need(
          node,
          type,
          "author with name and url",
          authors.length > 0 &&
            authors.every((author) => isNode(author) && nonEmpty(author["name"]) && nonEmpty(author["url"])),
        );
      }
      if (type === "BreadcrumbList") {
        const items = node["itemListElement"];
        need(node, type, "itemListElement", Array.isArray(items) && items.length > 0);
        (Array.isArray(items) ? items : []).forEach((item, index) => {
          const ok = isNode(item) && item["position"] === index + 1 && nonEmpty(item["name"]) && nonEmpty(item["item"]);
          need(node, type, `itemListElement ${index + 1} with position, name and item`, ok);
        });
      }
      if (type === "ProfilePage") {
        const entity = node["mainEntity"];
        need(node, type, "mainEntity with name", isNode(entity) && nonEmpty(entity["name"]));
        need(node, type, "dateModified", nonEmpty(node["dateModified"]));
        need(node, type, "description", nonEmpty(node["description"]));
      }
      if (type === "Offer" && node["price"] !== undefined) {
        need(node, type, "priceCurrency (with price)", nonEmpty(node["priceCurrency"]));
      }
      if (type === "GeoCoordinates") {
        need(
          node,
          type,
          "latitude and longitude as numbers",
          typeof node["latitude"] === "number" && typeof node["longitude"] === "number",
        );
      }
    }
  }
  return problems;
}
