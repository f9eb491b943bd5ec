// The part of export loaded on first use (with the yaml library): formatters, file name, download, and the
// organizations read (its schemas stay out of the first view).
export { buildExport, formatters } from './build-export';
export { exportFileName } from './file-name';
export { downloadText } from './download';
export { readExportOrganizations } from './read-export-organizations';
