// The site's stylesheets, compiled by Vite in the order BaseLayout imports them, plus the banner's.
import tokens from "krds-uiux/resources/css/token/krds_tokens.css?inline";
import fonts from "../styles/fonts.css?inline";
import krds from "../styles/krds.scss?inline";
import print from "../styles/print.css?inline";
import site from "../styles/site.css?inline";
import banner from "./preview.css?inline";

/** One stylesheet: the built site's CSS (BaseLayout's imports, in order) and the preview banner. */
export const PREVIEW_CSS = [tokens, fonts, krds, site, print, banner].join("\n");
