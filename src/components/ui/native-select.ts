/** A native `<select>` styled as the app's fields, in light and dark. */
export const nativeSelectClass =
  'min-h-10 w-full min-w-0 rounded-md sm:w-auto border border-control bg-white px-2 text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100'
