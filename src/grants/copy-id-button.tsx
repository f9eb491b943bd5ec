import { PlainIconButton } from '../components/plain-icon-button';
import { useCopy } from '../components/use-copy';

type Props = { value: string; label: string };

/** A row's copy button: the icon turns into a check mark for a moment to confirm. */
export function CopyIdButton({ value, label }: Props) {
  const { copied, copy } = useCopy(value);
  return <PlainIconButton icon={copied ? 'check' : 'copy'} label={label} title={copied ? 'Copied' : label} onClick={copy} />;
}
