package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Bot API and tries again when it is worth it: after Telegram's {@code retry_after} on 429,
 * and with exponential backoff on server and network errors. Errors are reported with the token
 * masked.
 */
final class BotApi {

  private static final Logger LOG = LoggerFactory.getLogger(BotApi.class);

  /** The HTTP status of the calling thread's last reply; pengrad does not expose it. */
  private static final ThreadLocal<Integer> STATUS = new ThreadLocal<>();

  private final TelegramBot bot;
  private final TelegramSettings settings;
  private final Backoff backoff;
  private final int attempts;

  BotApi(TelegramBot bot, TelegramSettings settings, Backoff backoff, int attempts) {
    this.bot = bot;
    this.settings = settings;
    this.backoff = backoff;
    this.attempts = attempts;
  }

  /** Calls until it succeeds, fails for good, or has tried {@code attempts} times. */
  <T extends BaseRequest<T, R>, R extends BaseResponse> R call(BaseRequest<T, R> request)
      throws TelegramApiException, InterruptedException {
    for (int failures = 1; ; failures++) {
      try {
        return once(request);
      } catch (TelegramApiException e) {
        if (!e.transientFailure() || failures >= attempts) {
          throw e;
        }
        Duration wait = waitAfter(e, failures);
        LOG.warn("{}; trying again in {} ms", e.getMessage(), wait.toMillis());
        Lanes.pause(wait); // a chat's answer waiting to be sent lets the other chats' answers go on
      }
    }
  }

  /**
   * Calls once; a failed call, or a reply Telegram marks not ok, is an exception. A reply with HTTP
   * 2xx whose body cannot be read counts as accepted and gives null: sending again could post twice.
   */
  <T extends BaseRequest<T, R>, R extends BaseResponse> R once(BaseRequest<T, R> request)
      throws TelegramApiException {
    STATUS.remove();
    try {
      return checked(request.getMethod(), bot.execute(request));
    } catch (RuntimeException e) {
      Integer status = STATUS.get();
      if (status == null) {
        throw failure(request.getMethod(), 0, describe(e.getCause() != null ? e.getCause() : e), null);
      }
      if (status >= 300) {
        throw failure(request.getMethod(), status, "HTTP " + status + " without a Bot API reply", null);
      }
      LOG.debug("{} accepted with a reply that could not be read: {}", request.getMethod(), describe(e));
      return null;
    }
  }

  /** An OkHttp interceptor that notes each reply's HTTP status for the calling thread. */
  static Interceptor statusRecorder() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      STATUS.set(response.code());
      return response;
    };
  }

  /**
   * Calls once in the background and waits at most {@code timeout}; {@code handle} receives the call,
   * so another thread can cancel it (a long poll, when the channel stops).
   */
  <T extends BaseRequest<T, R>, R extends BaseResponse> R cancellable(T request, AtomicReference<Cancellable> handle,
      Duration timeout) throws TelegramApiException, InterruptedException {
    CompletableFuture<R> result = new CompletableFuture<>();
    handle.set(bot.execute(request, new Callback<T, R>() {
      @Override
      public void onResponse(T sent, R response) {
        result.complete(response);
      }

      @Override
      public void onFailure(T sent, IOException e) {
        result.completeExceptionally(e);
      }
    }));
    try {
      return checked(request.getMethod(), result.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      throw failure(request.getMethod(), 0, describe(e.getCause()), null);
    } catch (TimeoutException e) {
      handle.get().cancel();
      throw failure(request.getMethod(), 0, "no reply within " + timeout.toSeconds() + " s", null);
    }
  }

  private <R extends BaseResponse> R checked(String method, R response) throws TelegramApiException {
    if (response == null) {
      throw failure(method, 0, "no reply", null);
    }
    if (!response.isOk()) {
      Integer retry = response.parameters() == null ? null : response.parameters().retryAfter();
      throw failure(method, response.errorCode(), String.valueOf(response.description()),
          retry == null ? null : Duration.ofSeconds(retry));
    }
    return response;
  }

  /** Calls once and only logs a failure: for extras such as the typing indicator. */
  <T extends BaseRequest<T, R>, R extends BaseResponse> void tryOnce(BaseRequest<T, R> request) {
    try {
      once(request);
    } catch (TelegramApiException e) {
      LOG.debug("{}", e.getMessage());
    }
  }

  /** The wait Telegram asked for on 429, else the backoff's; {@code e} may be null for other failures. */
  Duration waitAfter(TelegramApiException e, int failures) {
    return e != null && e.retryAfter() != null ? e.retryAfter() : backoff.delay(failures);
  }

  /** The text with the token and secret masked. */
  String redact(String text) {
    return settings.redact(text);
  }

  private TelegramApiException failure(String method, int code, String description, Duration retryAfter) {
    return new TelegramApiException(method, code, settings.redact(description), retryAfter);
  }

  private static String describe(Throwable cause) {
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
  }
}
