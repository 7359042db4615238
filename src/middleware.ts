import { defineMiddleware } from "astro:middleware";

import { getClinic } from "@/lib/articles";
import { languageTag } from "@/lib/locale";

/**
 * Every page and component reads the clinic's language tag (dates, times) from `Astro.locals`, so
 * that components deep in a page format dates the clinic's way without a prop through every layer.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.language = languageTag((await getClinic()).address.country);
  return next();
});
