-- The office's own airports and airlines: added to, or correcting, those Homeward ships in its data
-- files (an entry here wins over the shipped one with the same IATA code). Portable SQL (Apache Derby
-- 10.17 and PostgreSQL 12+).
CREATE TABLE OFFICE_AIRPORT (
    IATA VARCHAR(3) NOT NULL,
    VERSION BIGINT NOT NULL,
    NAME VARCHAR(120) NOT NULL,
    CITY VARCHAR(80) NOT NULL,
    COUNTRY VARCHAR(2) NOT NULL,
    TIME_ZONE VARCHAR(40) NOT NULL,
    CONSTRAINT PK_OFFICE_AIRPORT PRIMARY KEY (IATA)
);

CREATE TABLE OFFICE_AIRLINE (
    IATA VARCHAR(2) NOT NULL,
    VERSION BIGINT NOT NULL,
    NAME VARCHAR(120) NOT NULL,
    CONSTRAINT PK_OFFICE_AIRLINE PRIMARY KEY (IATA)
);
