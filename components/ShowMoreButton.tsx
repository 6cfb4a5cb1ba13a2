import type { ReactNode } from 'react';

export interface ShowMoreButtonProps {
  expanded: boolean;
  /** Id of the region it shows and hides. */
  controls: string;
  onToggle: () => void;
  /** `button-secondary` or `button-quiet`: how loud the disclosure is next to what it follows. */
  tone: 'secondary' | 'quiet';
  testId?: string;
  children: ReactNode;
}

/** A disclosure for what waits behind the first few items ("More suggestions (4)", "Earlier flags (2)"). */
export function ShowMoreButton(props: ShowMoreButtonProps) {
  return (
    <button
      type="button"
      className={`button-${props.tone} show-more`}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      data-testid={props.testId}
      onClick={props.onToggle}
    >
      {props.children}
    </button>
  );
}
