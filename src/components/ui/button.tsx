import type { ButtonHTMLAttributes, ReactNode } from 'react';

/**
 * One button for the whole site, in the spirit of shadcn/ui's variant maps. Every size meets the
 * touch-target rule by construction: `sm` is 36 px tall (over the 24 px minimum, for dense rows
 * of chips), `md` 44 px (the comfortable target, wherever there is room).
 */
const VARIANTS = {
  /** The one main action of a place, e.g. "Clear search and filters". */
  primary: 'bg-primary font-medium text-on-primary hover:bg-primary-hover',
  /** A secondary action: outlined. */
  outline: 'border border-line font-medium hover:bg-hover',
  /** An action inside a dense row: a chip (the class is shared with chip-styled links). */
  chip: 'chip-button',
  /** An action in an error message. */
  danger: 'border border-danger-line bg-field font-medium text-danger-ink hover:bg-danger-hover',
} as const;

const SIZES = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/** The classes of a button, for a link that must look like one (a download, a "view all"). */
export function buttonClasses({
  variant = 'outline',
  size = 'md',
  className = '',
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  // A chip carries its own size (it repeats hundreds of times on a page: one short class).
  const sizing = variant === 'chip' ? '' : SIZES[size];
  return [
    'inline-flex items-center justify-center gap-1.5 rounded-md disabled:cursor-not-allowed disabled:opacity-60',
    VARIANTS[variant],
    sizing,
    className,
  ]
    .filter(Boolean)
    .join(' ');
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  children: ReactNode;
}

export function Button({ variant, size, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...rest} />;
}
