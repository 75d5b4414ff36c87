import { type ComponentProps } from 'react'

import { cn } from '@/lib/cn'

import { touchTarget } from './touch-target'

const variants = {
  primary:
    'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60 dark:bg-brand-500 dark:hover:bg-brand-600',
  secondary:
    'border border-control bg-white text-slate-900 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/60',
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
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed',
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
