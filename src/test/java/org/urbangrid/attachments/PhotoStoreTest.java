package org.urbangrid.attachments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class PhotoStoreTest extends IntegrationTest implements PhotoStoreContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PhotoStore photos;

    @Autowired
    Organization organization;

    @Autowired
    PlatformProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public MockMvcTester mvc() {
        return mvc;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public PhotoStore photos() {
        return photos;
    }

    @Override
    public Organization organization() {
        return organization;
    }

    @Override
    public PlatformProperties properties() {
        return properties;
    }

    @Override
    public TransactionTemplate transactions() {
        return transactions;
    }
}
