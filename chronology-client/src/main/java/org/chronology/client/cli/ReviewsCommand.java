package org.chronology.client.cli;

import org.chronology.client.api.OpenedReview;
import org.chronology.client.api.ReviewRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reviews", description = "Open a review (administrators).", subcommands = ReviewsCommand.Open.class)
final class ReviewsCommand {

    /** Like {@code tokens issue}: the reviewer's secret alone on standard output. */
    @Command(name = "open", description = "Open a review of some children over a period; prints the reviewer's token.")
    static final class Open implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The review's name.")
        String name;

        @Option(names = "--child", required = true, paramLabel = "CHILD_ID", description = "A child under review (repeatable).")
        List<String> children;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "Start of the review period.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "End of the review period.")
        LocalDate to;

        @Override
        public Integer call() {
            OpenedReview review = connection.request(
                    client -> client.openReview(new ReviewRequest(name, children, from, to)));
            return SecretOnce.print(spec, review.token(),
                    "Opened " + review.reviewId() + " with reviewer token " + review.tokenId());
        }
    }
}
