/**
 * The editing screen's configuration: the site's own, plus React and Keystatic. Only `npm run cms`
 * uses it, so the production build, its CSP and its page weight never include the editor.
 */
import react from "@astrojs/react";
import keystatic from "@keystatic/astro";
import type { AstroUserConfig } from "astro";

import site from "./astro.config";
import { keepEditorOpen } from "./src/cms/keep-editor-open";

const cms: AstroUserConfig = {
  ...site,
  integrations: [...(site.integrations ?? []), react(), keystatic(), keepEditorOpen()],
  // The editor's own pages run only on the dev server; the site's build-time CSP does not apply there.
  security: {},
  // Keystatic calls its API without a trailing slash.
  trailingSlash: "ignore",
};

export default cms;
