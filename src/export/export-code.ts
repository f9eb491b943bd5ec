// The part of export loaded on first use (with the yaml library): formatters, file name, download.
export { buildExport, formatters } from './build-export';
export { exportFileName } from './file-name';
export { downloadText } from './download';
