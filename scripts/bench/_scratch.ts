import { parsePaste } from '../../src/features/phone-numbers/bulk/parse-paste'
const cases = [
  'Jane Smith, 415-555-2671\n415.555.2671 - Van 3\n\n4155552672\nJane Smith 415-555-2673\n(415) 555-2674, Bob',
  'Name\tPhone\nJane\t415-555-2671\n"Smith, J"\t415 555 2672',
  'Tech 12 (415) 555-2671\nJane 415-555-2671 x12\n1-800-FLOWERS\nVan 3\n"Jane" 415-555-2671\nSmith, Jane 415-555-2671',
  '\uFEFFphone;name\r\n+1 415 555 2671;"multi\r\nline"\r\n4155552672;Bob',
  'tel:+14155552671 Jane\n📞 415 555 2671\n＋１（４１５）５５５－２６７１ Zoë',
]
for (const c of cases) console.log(JSON.stringify(parsePaste(c), null, 0))
