-- Data only: LIKE's wildcards and PostgreSQL's escape character in the inbox search column become the private-use
-- characters lib/enquiries/search-text.ts uses, so searches for "%" or "_" match those characters only.
UPDATE "Enquiry" SET "searchText" = replace(replace(replace("searchText", '\', ''), '%', ''), '_', '');
