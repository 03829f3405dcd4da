/** Base addresses of the instruments on legislation.gov.uk; references add /section/N or /regulation/N. */
export const PA = 'https://www.legislation.gov.uk/ukpga/2023/54'
export const PCR = 'https://www.legislation.gov.uk/uksi/2015/102'
export const PCS = 'https://www.legislation.gov.uk/ssi/2015/446'
