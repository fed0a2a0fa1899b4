/**
 * The handbook reads its snapshot with the project's one reader (`readSnapshotDir`: validated with
 * `snapshotSchema`, Korean-first errors naming the file, the document and the field).
 */
export { readSnapshotDir as loadSnapshot } from "@lifewelfare/content-models/read-snapshot";
