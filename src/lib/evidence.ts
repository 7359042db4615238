/**
 * The evidence trail rule: every source the site cites has a file in content/evidence/ saying which
 * facts the site takes from it, where each was read and the words read there. Pure functions, so the
 * unit tests run the same rule on the content files that the build runs.
 */

import { basename } from "node:path";

import type { ContentProblem } from "./content-rules";

/** Where the trail files live, relative to the project root. */
export const EVIDENCE_DIR = "content/evidence";

/**
 * Sources that were in content/sources.yaml before evidence trails existed (issue 11). Each was
 * verified against its published text through ../shared/evidence/FACTS.md sections 1–8 and its
 * `verified_from` note in ../shared/evidence/sources.yaml, so they need no trail file. Do not add
 * to this list: a new source, including every source FACTS.md section 9 added, needs a trail.
 */
export const SOURCES_VERIFIED_BEFORE_TRAILS: ReadonlySet<string> = new Set([
  "furlan-2015-cochrane-massage",
  "kumar-2013-massage-umbrella-review",
  "chou-2017-acp-nonpharm-sr",
  "skelly-2020-ahrq-chronic-pain",
  "chou-2016-ahrq-noninvasive-lbp",
  "cashin-2025-placebo-controlled-lbp",
  "qaseem-2017-acp-guideline",
  "nice-2016-ng59",
  "bernstein-2017-bmj-nice-summary",
  "nice-2017-qs155",
  "nice-ng59-ifp-exercise",
  "who-2023-clbp-guideline",
  "who-2023-lbp-factsheet",
  "kngf-2021-lbp-guideline",
  "hartvigsen-2018-lancet-lbp",
  "foster-2018-lancet-lbp",
  "gbd-2023-lbp-lancet-rheumatol",
  "brinjikji-2015-imaging-asymptomatic",
  "brinjikji-2015-mri-meta-analysis",
  "french-2006-cochrane-heat-cold",
  "dahm-2010-cochrane-bed-rest",
  "hayden-2021-cochrane-exercise",
  "van-duijvenbode-2008-cochrane-lumbar-supports",
  "wieland-2022-cochrane-yoga",
  "finucane-2020-jospt-red-flags",
  "downie-2013-bmj-red-flags",
  "verhagen-2016-red-flags-guidelines",
  "yusuf-2019-red-flags-spinal-infection",
  "girft-2023-ces-pathway",
  "royal-free-ces-leaflet",
  "torbay-ces-page",
  "norfolk-waveney-back-pain-page",
  "northern-hsct-lbp-page",
  "chcp-msk-back-page",
  "uhmb-back-pain-page",
  "cherkin-2011-annals-massage-rct",
  "wu-2021-mfr-meta-analysis",
  "chen-2021-mfr-meta-analysis",
  "lu-2022-ischemic-compression-mps",
  "zhang-2024-cupping-lbp",
  "rubinstein-2019-bmj-smt",
  "yin-2014-massage-adverse-events",
  "nccih-massage-what-you-need-to-know",
  "wiltshire-2010-massage-lactate",
  "shoemaker-1997-massage-blood-flow",
  "crane-2012-massage-inflammation",
  "field-2005-cortisol-serotonin",
  "moraska-2010-massage-stress-review",
  "moyer-2011-massage-cortisol",
  "moyer-2004-massage-meta-analysis",
  "day-1987-massage-endorphin",
  "kaada-1989-ctm-endorphin",
  "bender-2007-physio-endorphin",
  "ingraham-painscience-water-after-massage",
]);

/** What the rule needs to know about one trail file. */
export interface TrailFacts {
  /** The file's path, e.g. content/evidence/kovacs-2003-lancet-mattress.yaml. */
  file: string;
  /** The source id the file says it is the trail of. */
  source: string;
}

/** The trail file a source needs, e.g. content/evidence/kovacs-2003-lancet-mattress.yaml. */
export function trailFile(sourceId: string): string {
  return `${EVIDENCE_DIR}/${sourceId}.yaml`;
}

/**
 * Every problem between content/sources.yaml and content/evidence/: a source without a trail (unless
 * it was verified before trails existed), a trail of no known source, a trail named after another
 * source, and two trails of one source.
 */
export function checkEvidenceTrails(
  sourceIds: readonly string[],
  trails: readonly TrailFacts[],
  exempt: ReadonlySet<string> = SOURCES_VERIFIED_BEFORE_TRAILS,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Set(sourceIds);
  const traced = new Set<string>();
  for (const trail of trails) {
    const named = basename(trail.file, ".yaml");
    if (trail.source !== named) {
      problems.push({
        file: trail.file,
        field: "source",
        message: `The file is named "${named}" but says source: ${trail.source}. Name the file after the source: ${trailFile(trail.source)}.`,
      });
    }
    if (!known.has(trail.source)) {
      problems.push({
        file: trail.file,
        field: "source",
        message: `No source has the id "${trail.source}". Add the source to content/sources.yaml first, or fix the id.`,
      });
    }
    if (traced.has(trail.source)) {
      problems.push({
        file: trail.file,
        field: "source",
        message: `Another file is already the trail of "${trail.source}". Keep one file per source and move these facts into it.`,
      });
    }
    traced.add(trail.source);
  }
  for (const id of sourceIds.filter((source) => !traced.has(source) && !exempt.has(source))) {
    problems.push({
      file: "content/sources.yaml",
      field: id,
      message: `The source "${id}" has no evidence trail. Add ${trailFile(id)} listing each fact the site takes from it, with where you read it and a short quote (see the README, "Add a source").`,
    });
  }
  return problems;
}
