// What other features may use of the usage folder (tenant logs: last use and history per grant).
export { UsageRegion } from './usage-region';
export { HistorySection } from './history-list';
export { unusedGrantIds, isUnused, type UsageIndex } from './usage-index';
export { windowPhrase, type LogWindow } from './log-window';
export { useUsageIndex, type UsageIndexState } from './use-usage-index';
export { UsageStatus } from './usage-status';
export { LastUsedText } from './last-used-text';
