/**
 * The gazette this site publishes, as code needs to know it: its name (the masthead, the running
 * heads, the site's title), its city, and the examples the search boxes offer. Everything else
 * particular to one gazette is data, not code: each issue's manifest and text
 * (content/source/<id>.yaml/.txt), the 文号 prefix registry of its organs (prefixes.yaml, e.g.
 * 临政发, 临政办函, 临汾市人民政府令), the unit registry (units.yaml), and the 目录 sections, which
 * are read from each issue's printed 目录 and running heads (model/contents.ts). A second city's
 * gazette is a new GAZETTE here and new registries, not a change to the pipeline or the site.
 */
export interface Gazette {
  /** Its name as the cover and the running heads print it. */
  name: string;
  /** Its city without 市: a name after it is the city's (临汾市审计局), not an unknown organ's. */
  city: string;
  /** Examples in the home page's search box: a term, a unit, a 文号. */
  homeSearchExamples: string;
  /** A 文号 as a reader may type it (ASCII brackets), in the search page's box. */
  typedNumberExample: string;
}

export const GAZETTE: Gazette = {
  name: '临汾市人民政府公报',
  city: '临汾',
  homeSearchExamples: '一业一证、市财政局、临政发〔2023〕2号',
  typedNumberExample: '临政办函[2023]3号',
};
