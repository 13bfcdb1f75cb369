package org.homeward.app.internal;

import java.util.List;

import org.homeward.common.security.SignInException;
import org.homeward.common.validation.ConflictException;
import org.homeward.common.validation.RefusedException;
import org.homeward.common.validation.ValidationException;

/** Account work for {@link org.homeward.ui.Background}: refusals of any kind become a message for the user. */
final class Accounts {

    @FunctionalInterface
    interface Call<T> {

        T run() throws Exception;
    }

    private Accounts() {
    }

    static <T> T unchecked(Call<T> call) throws ValidationException, RefusedException, ConflictException {
        try {
            return call.run();
        } catch (ValidationException | RefusedException | ConflictException | RuntimeException e) {
            throw e;
        } catch (SignInException e) {
            throw new RefusedException(List.of(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
