/**
 * Attributes naming the institution and its staff rather than the patient (PS3.15 Table E.1-1 rows for
 * Institution Name, Address and Department, Station Name, Verifying Organization, and the physicians',
 * observers' and operators' names).
 * The assessment names who made and who receives a release; such a name matching one of these is no leak of the
 * patient's data, while the same text matching a patient attribute still is.
 */
export const STAFF_AND_INSTITUTION: ReadonlySet<number> = new Set([
  0x00080080, // Institution Name
  0x00080081, // Institution Address
  0x00081040, // Institutional Department Name
  0x00081010, // Station Name
  0x00080090, // Referring Physician's Name
  0x00081048, // Physician(s) of Record
  0x00081050, // Performing Physician's Name
  0x00081060, // Name of Physician(s) Reading Study
  0x00081070, // Operators' Name
  0x00321032, // Requesting Physician
  0x00400006, // Scheduled Performing Physician's Name
  0x0040a075, // Verifying Observer Name
  0x0040a027, // Verifying Organization
]);
