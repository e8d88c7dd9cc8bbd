// The example terms of use and privacy notice a fresh install shows until the operator supplies their own
// (VENDOR_TERMS_FILE, VENDOR_PRIVACY_FILE). They describe what this software actually does, so they are a fair
// starting point, but they are not legal advice.
import type { Vendor } from "./vendor";

export function exampleTerms(v: Vendor): string {
  return `# Who we are
This website is operated by ${v.name}. It describes the Lumbar Spine MRI dataset, shows statistics about it, lets you preview sample studies and ask for a quote.

# Using this website
You may browse the site, open the sample studies and download the published statistics for evaluating the dataset. Do not try to re-identify anyone from the sample images or reports, and do not use automated means that put an unreasonable load on the site.

# Licences
Access to the full dataset is granted only under a signed licence agreement for a stated use (research or commercial) and cohort. The agreement, not these terms, governs what you may do with licensed data.

# Figures and samples
Statistics on this site come from the statistics file named under each table or chart. Sample studies are marked as synthetic when they are not real examinations.

# Contact
Questions about these terms: ${v.email}.`;
}

export function examplePrivacy(v: Vendor): string {
  return `# Controller
${v.name}, ${v.addressLines.join(", ")}. Contact: ${v.email}.

# What we collect and why
When you send an enquiry we store your name, work email, organisation, country, role, intended use, the conditions and number of studies you are interested in, your timeline and your message, to answer you and prepare a quote. We also store the network address the enquiry came from, to protect the form against abuse.

When you sign in we store your email address, your name if you give it, and a session so you stay signed in. Sign-in links are sent to your email address.

# How long we keep it
Enquiries are kept while we are in contact and for as long as the law requires for business correspondence; accounts until you ask us to delete them. The audit log of changes and downloads is kept to meet our obligations to data contributors.

# Who sees it
Our sales staff and administrators. Email is delivered through our mail provider. We do not sell your data or use third-party tracking.

# Your rights
You may ask for a copy of your data, its correction or deletion, or object to its use, by writing to ${v.email}.`;
}
