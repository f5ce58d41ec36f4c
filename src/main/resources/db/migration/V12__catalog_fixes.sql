-- Catalogue fixes (issue 6 §5): the two CJ/T 214-2007 component classes the seed lacked, and the name of C0699.
insert into catalog_class (code, kind, major_code, name, local) values
('C0311', 'COMPONENT', '03', '噪声显示屏', false),
('C0605', 'COMPONENT', '06', '港监设施', false);

insert into filing_condition (code, class_code, description, limit_amount, limit_unit, closing_condition) values
('C0311-01', 'C0311', '噪声显示屏破损、污损或显示异常', 5, 'WORK_DAYS', '噪声显示屏已修复或更换,外观整洁、显示正常'),
('C0311-02', 'C0311', '噪声显示屏丢失或缺失', 5, 'WORK_DAYS', '噪声显示屏已补装或依规撤除并恢复原状'),
('C0605-01', 'C0605', '港监设施破损、污损或功能异常', 5, 'WORK_DAYS', '港监设施已修复或更换,外观整洁、功能正常'),
('C0605-02', 'C0605', '港监设施丢失或缺失', 5, 'WORK_DAYS', '港监设施已补装或依规撤除并恢复原状');

-- "其他" + the major's name doubled the word for major 06 (其他设施).
update catalog_class set name = '其他设施' where code = 'C0699' and name = '其他其他设施';
