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
