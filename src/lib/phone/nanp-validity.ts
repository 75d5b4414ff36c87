import parsePhoneNumber from 'libphonenumber-js'
// The metadata libphonenumber-js's default entry point bundles: the same module, not a copy.
import metadata from 'libphonenumber-js/min/metadata'
import { z } from 'zod'

/*
 * libphonenumber-js's isValid() for a +1 number, with its regular expressions built once.
 * parsePhoneNumber(e164).isValid() builds each pattern's RegExp anew on every call (its
 * matchesEntirely), re-reads the E.164 text it was given and allocates a dozen objects; at
 * 100,000 pasted lines that was half the bulk preview's time. This is the same decision on the
 * same metadata (decision 0022): the first +1 country whose leading digits start the number,
 * or, for one without leading digits, whose types one matches (getCountryByNationalNumber);
 * then that country's (or else the US's) rule: a matching type when it lists types, its
 * national pattern when not (isValidNumber, getNumberType). nanp-validity.test.ts checks it
 * against parsePhoneNumber().isValid() on every area code and exchange prefix.
 */

// A numbering plan as libphonenumber-js's metadata stores it (metadata.js, NumberingPlan):
// [2] the national pattern, [3] possible lengths, [10] leading digits, [11] the types, in
// the order FIXED_LINE, MOBILE, TOLL_FREE, PREMIUM_RATE, PERSONAL_NUMBER, VOICEMAIL, UAN,
// PAGER, VOIP, SHARED_COST; an absent entry is 0 or missing.
const lengthsSchema = z.array(z.int())
// Only zod parts the first download already has (zod is in its chunk): no tuple, no pipe.
const patternSchema = z.string()
const leadingDigitsSchema = z.union([z.literal(0), z.string()]).optional()
const typeSchema = z.union([z.literal(0), z.array(z.union([z.string(), lengthsSchema]))])
const typesSchema = z.union([z.literal(0), z.array(typeSchema).max(10)]).optional()

interface Plan {
  national: RegExp
  leadingDigits: RegExp | null
  /** The patterns of the types whose lengths allow 10 digits; null when none are listed. */
  types: RegExp[] | null
}

// matchesEntirely's own wrapping, so each pattern means exactly what it means there.
const entire = (pattern: string) => new RegExp(`^(?:${pattern})$`)
const TEN_DIGITS = /^\d{10}$/

function planOf(data: unknown): Plan | null {
  if (!Array.isArray(data)) return null
  const pattern = patternSchema.safeParse(data[2])
  const lengths = lengthsSchema.safeParse(data[3])
  const leadingDigits = leadingDigitsSchema.safeParse(data[10])
  const types = typesSchema.safeParse(data[11])
  if (!pattern.success || !lengths.success || !leadingDigits.success || !types.success) return null
  if (types.data && !types.data.every(isKnownType)) return null
  return {
    national: entire(pattern.data),
    leadingDigits: leadingDigits.data ? new RegExp(leadingDigits.data) : null,
    // hasTypes(): an empty list is none.
    types: types.data && types.data.length > 0 ? typePatterns(types.data, lengths.data) : null,
  }
}

/** 0, or [pattern] or [pattern, lengths]: the layouts metadata.js's Type reads. */
function isKnownType(type: z.infer<typeof typeSchema>): boolean {
  if (type === 0) return true
  const [pattern, lengths, ...rest] = type
  return (
    typeof pattern === 'string' &&
    (lengths === undefined || Array.isArray(lengths)) &&
    rest.length === 0
  )
}

/** isNumberTypeEqualTo: an empty pattern never matches; a type has the plan's lengths by default. */
function typePatterns(types: readonly z.infer<typeof typeSchema>[], lengths: readonly number[]) {
  return types.flatMap((type) => {
    const [pattern, ownLengths] = type === 0 ? [] : type
    if (typeof pattern !== 'string' || pattern === '') return []
    const allowed = Array.isArray(ownLengths) ? ownLengths : lengths
    return allowed.includes(10) ? [entire(pattern)] : []
  })
}

/** The +1 plans in metadata order, the main one (US) first; null if the metadata is unknown. */
function loadPlans(): Plan[] | null {
  const countries = metadata.country_calling_codes['1'] ?? []
  const plans: Plan[] = []
  for (const country of countries) {
    const plan = planOf(Reflect.get(metadata.countries, country))
    if (!plan) return null
    plans.push(plan)
  }
  return plans.length > 0 ? plans : null
}

// undefined until the first number; null (a layout this does not know) is kept like plans are.
let plans: Plan[] | null | undefined

/** getNumberType(...) !== undefined: the national pattern, and a type's. */
function hasType(national: string, plan: Plan): boolean {
  return (
    plan.types !== null &&
    plan.national.test(national) &&
    plan.types.some((type) => type.test(national))
  )
}

/** Whether libphonenumber-js calls +1 `national` (10 digits) valid. */
export function isValidNanpNumber(national: string): boolean {
  // Not `??=`: that would take a failed load for no load and re-check the metadata each time.
  if (plans === undefined) plans = loadPlans()
  // A metadata layout this does not know, or an unusual input: libphonenumber-js itself.
  if (!plans || !TEN_DIGITS.test(national)) {
    return parsePhoneNumber(`+1${national}`)?.isValid() === true
  }
  let chosen: Plan | undefined
  for (const plan of plans) {
    const matches = plan.leadingDigits
      ? national.search(plan.leadingDigits) === 0
      : hasType(national, plan)
    if (matches) {
      chosen = plan
      break
    }
  }
  const rule = chosen ?? plans[0]
  if (!rule) return false
  return rule.types ? hasType(national, rule) : rule.national.test(national)
}
