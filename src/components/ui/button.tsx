import { type ComponentProps } from 'react'

import { cn } from '@/lib/cn'

import { touchTarget } from './touch-target'

/**
 * How a disabled control of any variant looks: grey on grey, the same in every variant, so
 * that "can't press this" reads at a glance. The text keeps AA contrast (4.5:1 or more)
 * against its background in light and dark: it is still read, only not pressed. Links that
 * look like buttons take it from `aria-disabled="true"`, as they have no `disabled`.
 */
const disabledLook = [
  'disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-100 disabled:text-slate-600 disabled:shadow-none',
  'dark:disabled:border-slate-700 dark:disabled:bg-slate-800 dark:disabled:text-slate-400',
  'aria-disabled:cursor-not-allowed aria-disabled:border-slate-200 aria-disabled:bg-slate-100 aria-disabled:text-slate-600',
  'dark:aria-disabled:border-slate-700 dark:aria-disabled:bg-slate-800 dark:aria-disabled:text-slate-400',
].join(' ')

/** A ghost button has no box, so disabled it only greys its text (AA still, on the page). */
const ghostDisabledLook =
  'disabled:cursor-not-allowed disabled:bg-transparent disabled:text-slate-500 dark:disabled:bg-transparent dark:disabled:text-slate-400 aria-disabled:cursor-not-allowed aria-disabled:text-slate-500 dark:aria-disabled:text-slate-400'

const variants = {
  primary: `border border-transparent bg-brand-600 text-white hover:bg-brand-700 dark:bg-brand-500 dark:hover:bg-brand-600 ${disabledLook}`,
  secondary: `border border-control bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${disabledLook}`,
  ghost: `text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 ${ghostDisabledLook}`,
  danger: `border border-transparent bg-red-700 text-white hover:bg-red-800 ${disabledLook}`,
} as const

const sizes = {
  md: `min-h-10 px-4 text-sm ${touchTarget}`,
  sm: `min-h-8 px-2.5 text-sm ${touchTarget}`,
  icon: `size-10 ${touchTarget}`,
} as const

export interface ButtonVariants {
  variant?: keyof typeof variants
  size?: keyof typeof sizes
}

/** A button's classes, for a link that must look like one ("Add number" is a route). */
export function buttonVariants({ variant = 'secondary', size = 'md' }: ButtonVariants = {}) {
  return cn(
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
    variants[variant],
    sizes[size],
  )
}

export interface ButtonProps extends ComponentProps<'button'>, ButtonVariants {}

export function Button({
  variant = 'secondary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />
  )
}
