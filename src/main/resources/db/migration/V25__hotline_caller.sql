-- A hotline case's caller and its 12345/12319 work-order number (issue 8, the desk case page).
-- Shown only to the roles that call back (operator, shift leader, dispatcher); never in lists or exports.
alter table cases add column ticket_number varchar(32);
alter table cases add column caller_name varchar(50);
alter table cases add column caller_phone varchar(20);
