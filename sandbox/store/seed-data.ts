import { numericID, pick, randomInt } from './prng.ts'

// Word lists for generated businesses and staff. Plain data, kept apart from seed.ts
// so the seeding logic stays readable.
const list = (text: string): readonly string[] => text.split(',').map((word) => word.trim())

const FIRST = list(`
  Alex, Jordan, Taylor, Casey, Jamie, Morgan, Avery, Riley, Quinn, Drew, Maria,
  Luis, Aisha, Wei, Priya, Diego, Hana, Omar, Grace, Mateo, Chloe, Andre, Nina,
  Sofia, Malik, Elena, Tomás, Zoë, Kenji, Fatima
`)
const LAST = list(`
  Kim, Patel, Nguyen, Garcia, Smith, Johnson, Brown, Martinez, Lopez, Wilson,
  Anderson, Thomas, Moore, Jackson, Lee, Harris, Clark, Lewis, Walker, Young, Hall,
  Allen, King, O'Neill, Wright, Scott, Torres, Hill
`)
const PREFIX = list(`
  Acme, Summit, Bluebird, Evergreen, Liberty, Precision, Golden State, Northside,
  Reliable, Hometown, Apex, Cardinal, Ironwood, Silver Creek, True North, Red Rock,
  Lakeside, Keystone, Pioneer, Blue Ridge, Prairie, Harbor, Sunrise, Cornerstone,
  All-Pro, First Choice, Straight Line, Oak & Pine
`)
const TRADE = list(`
  Roofing, Plumbing, Electric, Landscaping, Painting, Cleaning Co., HVAC,
  Pest Control, Handyman Services, Flooring, Movers, Pool Service, Garage Doors,
  Locksmith, Tree Care, Gutter Pros, Window Washing, Carpet Cleaning, Fencing,
  Remodeling, Appliance Repair, Concrete, Drywall, Solar, Junk Removal
`)
const CITY = list(`
  Tulsa, Boise, Austin, Reno, Omaha, Tucson, Raleigh, Fresno, Dayton, Spokane,
  Madison, Savannah, Albany, Eugene, Wichita, Knoxville, Akron, El Paso,
  Des Moines, Chattanooga, Provo, Lansing, Billings, Santa Fe
`)
const ROLE = list(`
  Dispatch, Office, Van, Crew lead, Estimator, After-hours
`)
const AREA_CODES = list(`
  212, 303, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713, 720, 786, 801, 818,
  858, 901, 917, 919, 971, 972, 205, 480, 650, 510
`)

export function staffName(random: () => number): string {
  return `${pick(random, FIRST)} ${pick(random, LAST)}`
}

/** "Tech 0042 – Alex Kim" mostly, with the odd dispatch line or van phone. */
export function metroNumberName(random: () => number, index: number): string {
  const n = String(index + 1).padStart(4, '0')
  const roll = random()
  if (roll < 0.8) return `Tech ${n} – ${staffName(random)}`
  if (roll < 0.9) return `Van ${n} – ${pick(random, FIRST)}`
  return `${pick(random, ROLE)} ${n} – ${pick(random, CITY)}`
}

export function smallNumberName(random: () => number): string {
  return random() < 0.6 ? staffName(random) : `${pick(random, ROLE)} – ${pick(random, FIRST)}`
}

export function businessName(random: () => number): string {
  const roll = random()
  const trade = pick(random, TRADE)
  if (roll < 0.4) return `${pick(random, PREFIX)} ${trade} of ${pick(random, CITY)}`
  if (roll < 0.7) return `${pick(random, PREFIX)} ${trade}`
  if (roll < 0.85) return `${pick(random, CITY)} ${trade}`
  return `${pick(random, LAST)} Family ${trade}`
}

/** A valid US number (exchange 200–999) that passes the sandbox's own rule. */
export function usNumber(random: () => number): string {
  const exchange = randomInt(random, 200, 999)
  const line = String(randomInt(random, 0, 9999)).padStart(4, '0')
  return `+1${pick(random, AREA_CODES)}${exchange}${line}`
}

/** Draws values until one is not yet in `taken` (which it then joins). */
export function unique(taken: Set<string>, draw: () => string): string {
  for (;;) {
    const value = draw()
    if (!taken.has(value)) {
      taken.add(value)
      return value
    }
  }
}

export const uniqueID = (taken: Set<string>, random: () => number) =>
  unique(taken, () => numericID(random))
