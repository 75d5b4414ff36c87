import type { Config } from 'tailwindcss'

// Tailwind 4 reads this through `@config` in src/index.css. The palette is kept small on
// purpose: one brand colour for the primary action, neutrals for everything else, and a
// danger colour for destructive actions and errors.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef6ff',
          100: '#d9eaff',
          // Links on dark backgrounds (dark:text-brand-300): 4.5:1 or more on slate-900/950.
          300: '#8ab8ff',
          500: '#1f6feb',
          600: '#1a5fd0',
          700: '#164fae',
        },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'Helvetica Neue',
          'Arial',
          'sans-serif',
        ],
      },
    },
  },
} satisfies Config
