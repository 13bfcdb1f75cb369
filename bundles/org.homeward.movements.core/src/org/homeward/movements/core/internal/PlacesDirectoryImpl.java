package org.homeward.movements.core.internal;

import org.homeward.common.security.CurrentUser;
import org.homeward.common.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.homeward.common.validation.FieldProblem;
import org.homeward.common.validation.ValidationException;
import org.homeward.movements.core.internal.entity.OfficeAirlineEntity;
import org.homeward.movements.core.internal.entity.OfficeAirportEntity;
import org.homeward.movements.model.Airline;
import org.homeward.movements.model.Airport;
import org.homeward.movements.model.ReferenceData;
import org.homeward.movements.model.service.PlacesDirectory;
import org.homeward.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/** The airports and airlines: shipped ones, and the office's own in its tables. */
@Component(service = PlacesDirectory.class)
public class PlacesDirectoryImpl implements PlacesDirectory {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final EntityManagerFactory emf;
    private final CurrentUser user;
    private final Places places;

    @Activate
    public PlacesDirectoryImpl(@Reference(name = "entityManagerFactory") EntityManagerFactory emf,
            @Reference(name = "currentUser") CurrentUser user) {
        this.emf = emf;
        this.user = user;
        this.places = new Places(emf);
    }

    @Override
    public ReferenceData current() {
        user.require(Permission.READ_CASE);
        return places.current();
    }

    @Override
    public List<Airport> officeAirports() {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em.createQuery("SELECT a FROM OfficeAirport a ORDER BY a.iata",
                OfficeAirportEntity.class).getResultList().stream().map(OfficeAirportEntity::view).toList());
    }

    @Override
    public List<Airline> officeAirlines() {
        user.require(Permission.READ_CASE);
        return Transactions.read(emf, em -> em.createQuery("SELECT a FROM OfficeAirline a ORDER BY a.iata",
                OfficeAirlineEntity.class).getResultList().stream().map(OfficeAirlineEntity::view).toList());
    }

    @Override
    public Airport saveAirport(Airport airport) throws ValidationException {
        user.require(Permission.EDIT_DIRECTORIES);
        List<FieldProblem> problems = new ArrayList<>();
        if (airport.zone() == null) {
            problems.add(new FieldProblem(ZONE, Messages.Places_zone));
        }
        Airport a = new Airport(clean(airport.iata()).toUpperCase(Locale.ROOT), clean(airport.name()),
                clean(airport.city()), clean(airport.country()).toUpperCase(Locale.ROOT),
                airport.zone() == null ? java.time.ZoneOffset.UTC : airport.zone());
        if (!a.iata().matches("[A-Z]{3}")) {
            problems.add(new FieldProblem(IATA, Messages.Places_airportCode));
        }
        required(problems, a.name(), NAME, Messages.Places_name);
        required(problems, a.city(), CITY, Messages.Places_city);
        if (!COUNTRIES.contains(a.country())) {
            problems.add(new FieldProblem(COUNTRY, Messages.Directory_country));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return upsert(OfficeAirportEntity.class, a.iata(), OfficeAirportEntity::new, e -> e.set(a),
                OfficeAirportEntity::view);
    }

    @Override
    public Airline saveAirline(Airline airline) throws ValidationException {
        user.require(Permission.EDIT_DIRECTORIES);
        Airline a = new Airline(clean(airline.iata()).toUpperCase(Locale.ROOT), clean(airline.name()));
        List<FieldProblem> problems = new ArrayList<>();
        if (!a.iata().matches("[A-Z0-9]{2}")) {
            problems.add(new FieldProblem(IATA, Messages.Places_airlineCode));
        }
        required(problems, a.name(), NAME, Messages.Places_name);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return upsert(OfficeAirlineEntity.class, a.iata(), OfficeAirlineEntity::new, e -> e.set(a),
                OfficeAirlineEntity::view);
    }

    /** Adds the office's entry with this code, or sets the one there; bookings see it at once. */
    private <E, V> V upsert(Class<E> type, String iata, java.util.function.Function<String, E> make,
            java.util.function.Consumer<E> set, java.util.function.Function<E, V> view) {
        V saved = Transactions.inTransaction(emf, em -> {
            E e = em.find(type, iata);
            if (e == null) {
                e = make.apply(iata);
                set.accept(e);
                em.persist(e);
            } else {
                set.accept(e);
            }
            return view.apply(e);
        });
        places.changed();
        return saved;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static void required(List<FieldProblem> problems, String value, String field, String message) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, message));
        }
    }
}
