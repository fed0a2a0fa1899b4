import { PDFDict, type PDFDocument } from "@cantoo/pdf-lib";
import { decodeText, name } from "./pdf-objects.ts";

/** Document information of the joined handbook. */
export type JoinedInfo = { title: string; author: string; subject: string; keywords: string[]; lang: string };

/** The producing programs of the parts: the first part's `/Producer` and `/Creator` (Chromium's). */
export type PartsOrigin = { producer: string; creator: string };

/** Notes the first non-empty `/Producer` and `/Creator` of the part `src` in `origin`. */
export function noteOrigin(origin: PartsOrigin, src: PDFDocument): void {
  const info = src.context.lookupMaybe(src.context.trailerInfo.Info, PDFDict);
  origin.producer ||= decodeText(info?.get(name("Producer")));
  origin.creator ||= decodeText(info?.get(name("Creator")));
}

/**
 * Writes the joined book's document information: title (shown in the window title bar:
 * `DisplayDocTitle`), author, subject, keywords, `/Lang`, the parts' creator and producer (with
 * pdf-lib added), and the creation and modification dates (now).
 */
export function writeMetadata(out: PDFDocument, info: JoinedInfo, origin: PartsOrigin): void {
  out.setTitle(info.title, { showInWindowTitleBar: true });
  out.setAuthor(info.author);
  out.setSubject(info.subject);
  out.setKeywords(info.keywords);
  out.setLanguage(info.lang);
  out.setCreator(origin.creator || "Chromium");
  out.setProducer(origin.producer ? `${origin.producer}; pdf-lib` : "pdf-lib");
  out.setCreationDate(new Date());
  out.setModificationDate(new Date());
}
